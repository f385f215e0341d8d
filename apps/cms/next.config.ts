import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // The widgets and the contract are workspace packages shipped as ESM; Next must compile them.
  transpilePackages: ['@secure-base/content'],
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
