/** Function words that never start or end a key phrase and carry no topic, by language (already folded). */
export const stopWords = {
  de: [
    'aber', 'alle', 'allem', 'allen', 'aller', 'alles', 'als', 'also', 'am', 'an', 'ander', 'andere', 'anderen', 'auch', 'auf', 'aus',
    'bei', 'beim', 'bin', 'bis', 'bist', 'bzw', 'da', 'dabei', 'dadurch', 'dafur', 'damit', 'dann', 'darauf', 'darum', 'das', 'dass',
    'dein', 'deine', 'dem', 'den', 'denn', 'der', 'des', 'deshalb', 'die', 'dies', 'diese', 'diesem', 'diesen', 'dieser', 'dieses',
    'doch', 'dort', 'du', 'durch', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'einige', 'er', 'es', 'etwa', 'etwas', 'euch',
    'euer', 'eure', 'fur', 'gegen', 'gibt', 'ging', 'habe', 'haben', 'hat', 'hatte', 'hier', 'hin', 'hinter', 'ich', 'ihm', 'ihn',
    'ihnen', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'im', 'immer', 'in', 'ins', 'ist', 'ja', 'jede', 'jedem', 'jeden', 'jeder',
    'jedes', 'jetzt', 'kann', 'kein', 'keine', 'konnen', 'man', 'mehr', 'mein', 'meine', 'mit', 'muss', 'nach', 'nicht', 'nichts',
    'noch', 'nun', 'nur', 'ob', 'oder', 'ohne', 'schon', 'sehr', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'sich', 'sie', 'sind',
    'so', 'soll', 'sollte', 'sondern', 'sowie', 'uber', 'um', 'und', 'uns', 'unser', 'unsere', 'unter', 'viel', 'vom', 'von', 'vor',
    'wann', 'war', 'waren', 'warum', 'was', 'weil', 'weiter', 'welche', 'wenn', 'wer', 'werden', 'wie', 'wieder', 'wir', 'wird', 'wo',
    'wurde', 'wurden', 'zu', 'zum', 'zur', 'zwischen',
  ],
  en: [
    'a', 'about', 'after', 'again', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'because', 'been', 'before',
    'being', 'best', 'between', 'both', 'but', 'by', 'can', 'could', 'did', 'do', 'does', 'doing', 'down', 'during', 'each', 'even',
    'few', 'for', 'from', 'further', 'get', 'had', 'has', 'have', 'having', 'he', 'her', 'here', 'hers', 'him', 'his', 'how', 'i',
    'if', 'in', 'into', 'is', 'it', 'its', 'just', 'make', 'many', 'me', 'more', 'most', 'much', 'my', 'no', 'nor', 'not', 'now', 'of',
    'off', 'on', 'once', 'one', 'only', 'or', 'other', 'our', 'ours', 'out', 'over', 'own', 'same', 'she', 'should', 'so', 'some',
    'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'through', 'to', 'too', 'under',
    'until', 'up', 'us', 'very', 'vs', 'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'why', 'will', 'with',
    'would', 'you', 'your', 'yours',
  ],
} as const satisfies Record<'de' | 'en', readonly string[]>
