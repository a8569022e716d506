import {html, type HTMLTemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {callContact, helpFor, helplineDirectory, type LineContact} from './help-lines.js';
import type {HelpRegion} from './regions.js';

/** "(opens in a new tab)", read by screen readers after a link that opens one. */
export const newTabNotice = () => msg('(opens in a new tab)', {id: 'help.new-tab'});

/** The region's usual emergency number ("999"), or `undefined` where the region is unknown. */
export const emergencyNumber = (region: HelpRegion): string | undefined =>
  helpFor(region).emergency[0];

/**
 * One contact as a link. Phone and text links stay in the page; a web page opens in a new tab,
 * so the widget (and a half-finished self-check) is still there, and says so.
 */
export function renderContact(
  contact: LineContact,
  className = 'button secondary',
): HTMLTemplateResult {
  return contact.kind === 'web'
    ? html`<a class=${className} href=${contact.href} target="_blank" rel="noopener noreferrer"
        >${contact.label}<span class="visually-hidden"> ${newTabNotice()}</span></a
      >`
    : html`<a class=${className} href=${contact.href}>${contact.label}</a>`;
}

const directoryLink = (className: string) =>
  renderContact(
    {
      kind: 'web',
      label: msg('Find a helpline in your country', {id: 'help.directory'}),
      href: helplineDirectory,
    },
    className,
  );

/**
 * Links with a space between them, so that they read as separate words when the text is copied or
 * shown on a braille display (where they sit in a flex box, the space takes no room).
 */
const spaced = (links: HTMLTemplateResult[]) =>
  links.flatMap((link, index) => (index ? [' ', link] : [link]));

const emergencyLinks = (numbers: string[], className: string) =>
  spaced(numbers.map((number) => renderContact(callContact(number), className)));

function renderEmergency(region: HelpRegion) {
  const [number, ...others] = helpFor(region).emergency;
  if (!number) {
    return html`<p class="emergency">
      ${msg('If you are in danger, call your local emergency number now.', {
        id: 'help.danger-local',
      })}
    </p>`;
  }
  return html`<p class="emergency">
    <span>${msg(str`If you are in danger, call ${number} now.`, {id: 'help.danger'})}</span>
    ${emergencyLinks([number, ...others], 'button danger')}
  </p>`;
}

/**
 * The crisis help of a region, the same in every widget. The emergency number always comes first,
 * as a call link; an unknown region gets "your local emergency number" and the international
 * helpline directory, never another country's numbers.
 *
 * - `full`: the emergency line, then every crisis line with what it offers and its links.
 * - `compact`: one short block: the emergency number and the first line (or the directory).
 */
export function renderCrisisHelp(
  region: HelpRegion,
  form: 'full' | 'compact' = 'full',
): HTMLTemplateResult {
  const {emergency, lines} = helpFor(region);
  if (form === 'compact') {
    const [line] = lines;
    return html`<div class="crisis-help compact" part="crisis-help">
      <p>
        ${
          emergency.length
            ? html`${msg('In danger right now?', {id: 'help.compact.danger'})}
              ${emergencyLinks(emergency, 'link')}`
            : msg('In danger right now? Call your local emergency number.', {
                id: 'help.compact.danger-local',
              })
        }
      </p>
      <p>
        ${msg('If you need help now:', {id: 'help.compact.now'})}
        ${
          line
            ? html`<strong>${line.name}</strong>
                ${spaced(line.contacts.map((contact) => renderContact(contact, 'link')))}`
            : directoryLink('link')
        }
      </p>
    </div>`;
  }
  return html`<div class="crisis-help" part="crisis-help">
    ${renderEmergency(region)}
    ${
      lines.length
        ? html`<ul class="lines">
            ${lines.map(
              (line) =>
                html`<li class="line">
                  <span class="line-name">${line.name}</span>
                  <span>${line.about}</span>
                  <span class="line-contacts"
                    >${spaced(line.contacts.map((c) => renderContact(c)))}</span
                  >
                </li>`,
            )}
          </ul>`
        : html`<p>
            ${msg(
              'Free, confidential helplines exist in many countries. This directory lists them.',
              {id: 'help.directory-about'},
            )}
            ${directoryLink('button secondary')}
          </p>`
    }
  </div>`;
}
