import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { schemasDir } from './helpers.js'

type VocabularyNode = { '@id': string; '@type': string | string[]; 'rdfs:subClassOf'?: Reference | Reference[]; 'schema:domainIncludes'?: Reference | Reference[] }
type Reference = { '@id': string }
type JsonObject = Record<string, unknown>

const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])
const local = (id: string) => id.replace(/^schema:/, '')

/** The schema.org vocabulary (release in shared/schemas) as class and property sets with their relations. */
export function loadVocabulary() {
  const graph = (JSON.parse(readFileSync(join(schemasDir, 'schemaorg-current-https.jsonld'), 'utf8')) as { '@graph': VocabularyNode[] })['@graph']
  const superclasses = new Map<string, string[]>()
  const domains = new Map<string, string[]>()
  for (const node of graph) {
    if (!node['@id'].startsWith('schema:')) continue
    const types = list(node['@type'])
    if (types.includes('rdfs:Class')) superclasses.set(local(node['@id']), list(node['rdfs:subClassOf']).map((parent) => local(parent['@id'])))
    if (types.includes('rdf:Property')) domains.set(local(node['@id']), list(node['schema:domainIncludes']).map((domain) => local(domain['@id'])))
  }
  const ancestors = (type: string): Set<string> => {
    const seen = new Set<string>()
    const stack = [type]
    while (stack.length > 0) {
      const current = stack.pop() as string
      if (seen.has(current)) continue
      seen.add(current)
      stack.push(...(superclasses.get(current) ?? []))
    }
    return seen
  }
  return { classes: superclasses, properties: domains, ancestors }
}

export type Vocabulary = ReturnType<typeof loadVocabulary>

/**
 * Problems of a JSON-LD value against the vocabulary: unknown `@type`s, unknown properties, and
 * properties whose `domainIncludes` names none of the node's types or their superclasses.
 */
export function vocabularyProblems(value: unknown, vocabulary: Vocabulary, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => vocabularyProblems(item, vocabulary, `${path}[${index}]`))
  if (typeof value !== 'object' || value === null) return []
  const node = value as JsonObject
  const problems: string[] = []
  const types = list(node['@type'] as string | string[] | undefined)
  for (const type of types) if (!vocabulary.classes.has(type)) problems.push(`${path}: unknown type ${type}`)
  const lineage = new Set(types.flatMap((type) => [...vocabulary.ancestors(type)]))
  for (const [key, child] of Object.entries(node)) {
    if (key.startsWith('@')) {
      if (key === '@graph') problems.push(...vocabularyProblems(child, vocabulary, `${path}.@graph`))
      continue
    }
    const domains = vocabulary.properties.get(key)
    if (!domains) problems.push(`${path}: unknown property ${key}`)
    else if (types.length > 0 && !domains.some((domain) => lineage.has(domain))) problems.push(`${path}: ${key} is not a property of ${types.join('/')}`)
    problems.push(...vocabularyProblems(child, vocabulary, `${path}.${key}`))
  }
  return problems
}
