import type { VFileMessage } from 'vfile-message'
import type { LegalConfig } from './legal-config-schema.js'
import { legalFieldInvalid, legalFieldMissing } from './legal-diagnostics.js'

/**
 * § 18 Abs. 2 MStV for each person named responsible for journalistic-editorial content: an address
 * (Satz 1), permanent residence in Germany (Satz 2 Nr. 1) and, when several are named, the part of
 * the site each answers for (Satz 3). Whether the duty applies at all is the caller's decision.
 */
export function validateResponsiblePersons(persons: LegalConfig['responsibleForContent'], place: { file: string }): VFileMessage[] {
  if (persons === undefined) return []
  const messages: VFileMessage[] = []
  persons.forEach((person, index) => {
    const path = persons.length === 1 ? 'legal.responsibleForContent' : `legal.responsibleForContent[${index}]`
    if (!person.address) {
      const what = 'the postal address of the person responsible for the content'
      messages.push(legalFieldMissing.create(place, [`${path}.address`, what, '§ 18 Abs. 2 MStV'], { expected: what, actual: 'missing' }))
    } else if (person.address.country !== 'DE') {
      messages.push(
        legalFieldInvalid.create(
          place,
          [`${path}.address`, `the person responsible for journalistic-editorial content must have their permanent residence in Germany, not in ${person.address.country}`, '§ 18 Abs. 2 Satz 2 Nr. 1 MStV'],
          { expected: 'DE', actual: person.address.country },
        ),
      )
    }
    if (persons.length > 1 && !person.part) {
      const what = `the part of the site ${person.name} is responsible for, because several people are named`
      messages.push(legalFieldMissing.create(place, [`${path}.part`, what, '§ 18 Abs. 2 Satz 3 MStV'], { expected: what, actual: 'missing' }))
    }
  })
  return messages
}
