// Builds the web module's front-end assets from the packages package-lock.json pins (run by Maven after npm ci):
// the council-branded GOV.UK Frontend stylesheet (Arial, no GDS Transport font, no crown) and GOV.UK Frontend's
// ES module. Usage: node build-assets.mjs <output directory>
import { compile } from 'sass'
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const out = process.argv[2]
if (!out) {
  console.error('Usage: node build-assets.mjs <output directory>')
  process.exit(2)
}
mkdirSync(out, { recursive: true })

const css = compile(join(here, 'src/main/scss/opendoor.scss'), {
  loadPaths: [join(here, 'node_modules')],
  style: 'compressed',
  quietDeps: true
})
writeFileSync(join(out, 'opendoor.css'), css.css)

const govuk = join(here, 'node_modules/govuk-frontend/dist/govuk')
copyFileSync(join(govuk, 'govuk-frontend.min.js'), join(out, 'govuk-frontend.min.js'))
console.log(`Assets written to ${out}`)
