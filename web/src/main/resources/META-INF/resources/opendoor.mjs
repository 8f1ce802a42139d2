// Progressive enhancement only: every page works without this script. GOV.UK Frontend's components (Exit this
// page's Shift-key shortcut, the character count, conditional questions, double-click protection) start here.
// It is a module rather than an inline script, so the Content-Security-Policy needs no 'unsafe-inline'.
import { initAll } from '/assets/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
