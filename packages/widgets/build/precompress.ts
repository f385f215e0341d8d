import { brotliCompressSync, constants } from 'node:zlib'
import { gzipAsync } from '@gfx/zopfli'
import type { Plugin } from 'vite'

/**
 * Every file of a self-contained build is also written compressed, ready to be sent as it is:
 * `<file>.gz` by zopfli (standard gzip that any browser or proxy decodes, packed about 4% tighter
 * than zlib's best level) and `<file>.br` by brotli at its highest quality. The CMS sends whichever
 * the browser accepts; compressing this hard takes about a second per file, which is spent once
 * here rather than on every request.
 */
export const precompressPlugin = (): Plugin => ({
  name: 'secure-base:precompress',
  apply: 'build',
  enforce: 'post',
  async generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (!/\.(js|json)$/.test(file.fileName)) continue
      const bytes = Buffer.from(file.type === 'chunk' ? file.code : file.source)
      const gzip = await gzipAsync(bytes, { numiterations: 15 })
      const brotli = brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      })
      this.emitFile({ type: 'asset', fileName: `${file.fileName}.gz`, source: gzip })
      this.emitFile({ type: 'asset', fileName: `${file.fileName}.br`, source: brotli })
    }
  },
})
