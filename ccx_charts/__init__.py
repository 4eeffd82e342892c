"""Chart builders: pure functions from ``ccx_model`` results to Altair charts.

The app draws them, the exports render them for slides; both take them from here
(``catalogue``: the charts of each page, with the message a slide states). This
package depends on ``ccx_model`` and Altair only.
"""
