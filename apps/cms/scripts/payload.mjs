#!/usr/bin/env node
/**
 * Payload's CLI, run so that it cannot report success without having done its work. On Node 20 the
 * CLI can stall while loading its modules and then exit 0 (or 13) having written nothing; such a run
 * is detected (see `payload-finished.mjs`) and tried again, up to three attempts. A command that
 * hangs instead is stopped after `timeoutMs` and also tried again. Any other failure is final.
 *
 *   node scripts/payload.mjs <payload arguments…>
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const scriptsDir = path.dirname(fileURLToPath(import.meta.url))
const appDir = path.resolve(scriptsDir, '..')
const payloadBin = path.join(appDir, 'node_modules', 'payload', 'bin.js')
const guard = pathToFileURL(path.join(scriptsDir, 'payload-finished.mjs')).href

// The exit code `payload-finished.mjs` uses for a run that stopped before its command finished.
const UNFINISHED_EXIT_CODE = 75
// 13 is Node's code for a module whose top-level await never settled: the same stall, seen earlier.
const STALLED_CODES = new Set([UNFINISHED_EXIT_CODE, 13])
const ATTEMPTS = 3

/**
 * @param {string[]} args Payload CLI arguments, e.g. `['generate:types']`.
 * @param {{ env?: NodeJS.ProcessEnv, timeoutMs?: number, quiet?: boolean }} [options]
 * @returns {Promise<void>} Resolves once a run finished with exit code 0; rejects otherwise.
 */
export async function runPayloadCli(args, options = {}) {
  const { env = process.env, timeoutMs = 600_000, quiet = false } = options
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await runOnce(args, env, timeoutMs, quiet)
    if (outcome.code === 0) return
    const retryable = outcome.timedOut || STALLED_CODES.has(outcome.code ?? -1)
    const what = outcome.timedOut ? `hung for ${timeoutMs / 1000} s` : `exited with code ${outcome.code}`
    if (!retryable || attempt >= ATTEMPTS) {
      throw new Error(`payload ${args.join(' ')} ${what} (attempt ${attempt} of ${ATTEMPTS}).`)
    }
    console.error(`payload ${args[0]} ${what} before finishing (attempt ${attempt}); trying again.`)
  }
}

/** @returns {Promise<{ code: number | null, timedOut: boolean }>} */
function runOnce(args, env, timeoutMs, quiet) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', guard, payloadBin, ...args], {
      cwd: appDir,
      env: { ...env, PAYLOAD_CLI_UNFINISHED_EXIT_CODE: String(UNFINISHED_EXIT_CODE) },
      stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
    })
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, timedOut })
    })
  })
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runPayloadCli(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
