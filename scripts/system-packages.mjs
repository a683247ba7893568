// The Debian packages outside npm that `npm start` and `npm test` need, installed when they
// are missing. Run as root on a machine with apt, it installs them; anywhere else it stops at
// once and prints the exact command, rather than letting a suite fail later for a reason
// that reads like a bug. It uses only Node's own modules: `.ci/run` calls it before `npm ci`.
//
// Usage: node scripts/system-packages.mjs start|test
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

function hasChineseFont() {
  const fonts = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return fonts.status === 0 && fonts.stdout.trim() !== '';
}

/** What each package gives, and how to tell it is there. */
const PACKAGES = [
  { name: 'chromium', why: 'the browser the extension runs in', present: () => existsSync(chromium) },
  {
    name: 'chromium-l10n',
    why: 'the end-to-end tests run Chromium in Chinese; Debian ships only en-US without it',
    present: () => process.env.CHROMIUM_PATH !== undefined || existsSync('/usr/lib/chromium/locales/zh-CN.pak'),
  },
  {
    name: 'fonts-noto-cjk',
    why: 'without a Chinese font Han text is laid out as boxes, and the outline and reading position are tested on real layout',
    present: hasChineseFont,
  },
  { name: 'speech-dispatcher', why: 'read aloud, with real voices', present: () => existsSync('/usr/bin/speech-dispatcher') },
  {
    name: 'speech-dispatcher-espeak-ng',
    why: 'the Chinese voices of espeak-ng for speech-dispatcher',
    present: () => existsSync('/usr/lib/speech-dispatcher-modules/sd_espeak-ng'),
  },
  { name: 'espeak-ng', why: 'the speech synthesiser', present: () => existsSync('/usr/bin/espeak-ng') },
  { name: 'firefox-esr', why: 'the Firefox end-to-end test', present: () => existsSync(firefox) },
];

/** `npm start` only needs a browser: its interface follows the system's language. */
const NEEDED = { start: ['chromium'], test: PACKAGES.map((pkg) => pkg.name) };

const purpose = process.argv[2];
if (!(purpose in NEEDED)) {
  console.error('usage: node scripts/system-packages.mjs start|test');
  process.exit(2);
}
const missing = PACKAGES.filter((pkg) => NEEDED[purpose].includes(pkg.name) && !pkg.present());
if (missing.length === 0) process.exit(0);

const names = missing.map((pkg) => pkg.name);
const command = `apt-get install -y --no-install-recommends ${names.join(' ')}`;
console.error(`Missing system packages for npm ${purpose}:`);
for (const pkg of missing) console.error(`  ${pkg.name}: ${pkg.why}`);

const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (!canInstall) {
  console.error(`Install them, then run npm ${purpose} again:\n  sudo apt-get update && sudo ${command}`);
  process.exit(1);
}
console.error(`Installing them: apt-get update && ${command}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...names]]) {
  const step = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (step.status !== 0) {
    console.error(`apt-get ${args[0]} failed: run ${command} by hand`);
    process.exit(1);
  }
}
const stillMissing = missing.filter((pkg) => !pkg.present()).map((pkg) => pkg.name);
if (stillMissing.length > 0) {
  console.error(`Still missing after apt-get: ${stillMissing.join(', ')}`);
  process.exit(1);
}
