// Browser tests drive Debian's Chromium at /usr/bin/chromium; test tools may not download browsers here.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

if (!existsSync(chromium)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const hasApt = existsSync('/usr/bin/apt-get')
  if (!isRoot || !hasApt) {
    console.error(
      `Chromium was not found at ${chromium}. Install it (Debian: sudo apt-get install -y chromium) ` +
        'or set CHROMIUM_PATH to a Chromium binary, then run the tests again.',
    )
    process.exit(1)
  }
  console.log('Installing Chromium from Debian packages for the browser tests…')
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  })
}
