import type { VFileMessage } from 'vfile-message'

// Workflow command escaping, as @actions/core does it.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')

/** GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=rule::message`), shown as annotations on the pull request. */
export function formatGithub(messages: readonly VFileMessage[]): string {
  return messages
    .map((message) => {
      const properties = [`file=${escapeProperty(String(message.file ?? ''))}`]
      if (message.line) properties.push(`line=${message.line}`)
      if (message.column) properties.push(`col=${message.column}`)
      properties.push(`title=${escapeProperty(String(message.ruleId ?? 'nichepress'))}`)
      const text = message.note ? `${message.reason}\n${message.note}` : message.reason
      return `::${message.fatal ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(text)}\n`
    })
    .join('')
}
