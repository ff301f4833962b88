/** A problem with the user's input (unknown starter, non-empty folder, bad URL): exit 1, no stack. */
export class CreateSiteError extends Error {
  override readonly name = 'CreateSiteError'
}
