/**
 * Preloaded into Payload's CLI by `payload.mjs`. Every command of the CLI that completes ends in an
 * explicit `process.exit()`, which never emits 'beforeExit'. That event therefore means the event
 * loop ran dry with the command unfinished (Node 20's loader can leave an import pending for ever),
 * and the process exits with the code `payload.mjs` hands over instead of reporting success.
 */
process.once('beforeExit', () => {
  console.error('Payload CLI stopped before its command finished.')
  process.exit(Number(process.env.PAYLOAD_CLI_UNFINISHED_EXIT_CODE))
})
