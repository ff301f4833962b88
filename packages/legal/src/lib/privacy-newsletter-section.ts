import type { Service } from '@nichepress/consent'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { section } from './hast-helpers.js'
import { serviceSectionId } from './legal-page-urls.js'
import { factList } from './privacy-own-sections.js'

type Lang = 'de' | 'en'

/**
 * The newsletter the site's sign-up form subscribes to (Art. 13 GDPR): the service's own section
 * covers the form; this one covers the address afterwards — purpose, consent and its proof, the
 * sending service as processor, storage until unsubscribing, withdrawal. Undefined without one.
 */
export function newsletterSection(services: readonly Service[], lang: Lang): Element | undefined {
  const senders = services.filter((service) => service.newsletter === true)
  if (senders.length === 0) return undefined
  const de = lang === 'de'
  const recipients: ElementContent[] = senders.flatMap((service, index) => [
    ...(index > 0 ? [{ type: 'text', value: '; ' } as const] : []),
    { type: 'text', value: `${service.provider.name}, ${service.provider.address} (` } as const,
    h('a', { href: `#${serviceSectionId(service.id)}` }, service.name),
    { type: 'text', value: ')' } as const,
  ])
  recipients.push({
    type: 'text',
    value: de
      ? ', als Auftragsverarbeiter in unserem Auftrag (Art. 28 DSGVO); Drittlandübermittlungen nennt der jeweilige Abschnitt.'
      : ', as processor on our behalf (Art. 28 GDPR); the linked section names any transfer to third countries.',
  })
  return section('newsletter', 'Newsletter', [
    factList([
      [de ? 'Zweck' : 'Purpose', de ? 'Versand unseres Newsletters an die Adresse, die Sie dafür angeben.' : 'Sending our newsletter to the address you give for it.'],
      [
        de ? 'Verarbeitete Daten' : 'Data processed',
        de
          ? 'Ihre E-Mail-Adresse und weitere Angaben, die Sie im Formular machen; Zeitpunkt und IP-Adresse der Anmeldung und ihrer Bestätigung.'
          : 'Your e-mail address and anything else you enter in the form; the time and IP address of the sign-up and of its confirmation.',
      ],
      [
        de ? 'Rechtsgrundlage' : 'Legal basis',
        // § 7 Abs. 2 Nr. 2 UWG: advertising e-mail needs prior express consent, which the sender must
        // prove; German courts accept the confirmation e-mail (double opt-in) as that proof.
        de
          ? 'Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO). Sie bestätigen die Anmeldung über einen Link in einer E-Mail (Double-Opt-in); Anmeldung und Bestätigung protokollieren wir, um die Einwilligung nachweisen zu können (Art. 6 Abs. 1 lit. c in Verbindung mit Art. 7 Abs. 1 DSGVO).'
          : 'Your consent (Art. 6(1)(a) GDPR). You confirm the sign-up through a link in an e-mail (double opt-in); we log sign-up and confirmation to be able to prove the consent (Art. 6(1)(c) in conjunction with Art. 7(1) GDPR).',
      ],
      [de ? 'Empfänger' : 'Recipients', recipients],
      [
        de ? 'Speicherdauer' : 'Storage period',
        de
          ? 'Bis Sie den Newsletter abbestellen; dann löschen wir Ihre Adresse aus dem Verteiler. Den Nachweis der Einwilligung bewahren wir auf, solange wir ihn zur Abwehr von Ansprüchen brauchen (Art. 17 Abs. 3 lit. e DSGVO).'
          : 'Until you unsubscribe; we then delete your address from the mailing list. We keep the proof of consent as long as we need it to defend legal claims (Art. 17(3)(e) GDPR).',
      ],
      [
        de ? 'Widerruf' : 'Withdrawal',
        de
          ? 'Sie können den Newsletter jederzeit abbestellen, über den Link in jeder Ausgabe oder mit einer formlosen Nachricht an uns; das widerruft Ihre Einwilligung mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO).'
          : 'You can unsubscribe at any time, through the link in every issue or with an informal message to us; this withdraws your consent with effect for the future (Art. 7(3) GDPR).',
      ],
    ]),
  ])
}
