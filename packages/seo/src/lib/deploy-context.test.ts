import { expect, test } from 'vitest'
import { resolveDeployContext } from './deploy-context.js'

const configured = 'https://kocherkompass.example'

test.each([
  { name: 'no host', env: {}, expected: { baseUrl: configured, isPreview: false, host: undefined } },
  { name: 'Netlify production', env: { NETLIFY: 'true', CONTEXT: 'production', URL: 'https://www.kocher.example', DEPLOY_PRIME_URL: 'https://main--k.netlify.app' }, expected: { baseUrl: 'https://www.kocher.example', isPreview: false, host: 'netlify' } },
  { name: 'Netlify deploy preview', env: { NETLIFY: 'true', CONTEXT: 'deploy-preview', URL: 'https://www.kocher.example', DEPLOY_PRIME_URL: 'https://deploy-preview-7--k.netlify.app' }, expected: { baseUrl: 'https://deploy-preview-7--k.netlify.app', isPreview: true, host: 'netlify' } },
  { name: 'Netlify branch deploy', env: { CONTEXT: 'branch-deploy', DEPLOY_PRIME_URL: 'https://feature--k.netlify.app/' }, expected: { baseUrl: 'https://feature--k.netlify.app', isPreview: true, host: 'netlify' } },
  { name: 'Vercel production', env: { VERCEL_ENV: 'production', VERCEL_PROJECT_PRODUCTION_URL: 'www.kocher.example', VERCEL_URL: 'k-abc.vercel.app' }, expected: { baseUrl: 'https://www.kocher.example', isPreview: false, host: 'vercel' } },
  { name: 'Vercel preview', env: { VERCEL_ENV: 'preview', VERCEL_PROJECT_PRODUCTION_URL: 'www.kocher.example', VERCEL_URL: 'k-abc.vercel.app' }, expected: { baseUrl: 'https://k-abc.vercel.app', isPreview: true, host: 'vercel' } },
  { name: 'a CONTEXT variable of another tool alone', env: { CONTEXT: 'staging' }, expected: { baseUrl: configured, isPreview: false, host: undefined } },
])('$name', ({ env, expected }) => {
  expect(resolveDeployContext(configured, env)).toEqual(expected)
})

// A site in a folder links /blog/… on every host: the host's address gets the same folder.
test.each([
  { name: 'no host', env: {}, expected: 'https://x.de/blog' },
  { name: 'Netlify deploy preview', env: { NETLIFY: 'true', CONTEXT: 'deploy-preview', URL: 'https://x.de', DEPLOY_PRIME_URL: 'https://deploy-preview-7--k.netlify.app' }, expected: 'https://deploy-preview-7--k.netlify.app/blog' },
  { name: 'Vercel production', env: { VERCEL_ENV: 'production', VERCEL_PROJECT_PRODUCTION_URL: 'x.de' }, expected: 'https://x.de/blog' },
])('a site in a folder, $name → $expected', ({ env, expected }) => {
  expect(resolveDeployContext('https://x.de/blog', env).baseUrl).toBe(expected)
})
