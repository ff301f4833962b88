export { runInit } from 'create-nichepress'
