// The CMS lives in src/; this file is where Payload's CLI and Next look for it.
export { default } from './src/payload.config'
