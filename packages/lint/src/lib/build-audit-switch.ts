// `lintSite` renders the site with the build's plugins, this one included; the output audit is
// `nichepress audit`'s job and the build's, not lint's, so lint switches it off while it renders.
let suspended = 0

/** Runs `task` with the build-time audit of this package's plugin switched off. */
export async function withoutBuildAudit<T>(task: () => Promise<T>): Promise<T> {
  suspended++
  try {
    return await task()
  } finally {
    suspended--
  }
}

/** True while `withoutBuildAudit` runs. */
export function isBuildAuditSuspended(): boolean {
  return suspended > 0
}
