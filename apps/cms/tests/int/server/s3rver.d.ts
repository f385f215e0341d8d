/** The part of s3rver's API (it ships no types) that the object storage test uses. */
declare module 's3rver' {
  interface S3rverOptions {
    address?: string
    port?: number
    /** Where buckets and objects are kept, one folder per bucket. */
    directory?: string
    silent?: boolean
    configureBuckets?: { name: string }[]
  }
  export default class S3rver {
    constructor(options: S3rverOptions)
    run(): Promise<{ address: string; port: number }>
    close(): Promise<void>
  }
}
