import { HtmlValidate } from 'html-validate'

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] })

/** html-validate (recommended preset) errors for one document, as `line:column rule message` strings. */
export async function htmlErrors(html: string): Promise<string[]> {
  const report = await validator.validateString(html)
  return report.results.flatMap((result) =>
    result.messages.filter((message) => message.severity === 2).map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`),
  )
}
