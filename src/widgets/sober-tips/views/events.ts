import {html, nothing, type HTMLTemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {isolate} from '../../../core/bidi.js';
import {dateFormat} from '../../../core/locale-format.js';
import type {FeedEvent} from '../events-feed.js';
import {smallButton} from './small-button.js';

/**
 * The clinic's upcoming alcohol-free events; nothing when there are none. The feed's own words
 * (title, place, description) take the direction of their own script (`dir="auto"`), since a feed
 * in one language may be shown in another.
 */
export function renderEvents(view: {
  events: readonly FeedEvent[];
  clinicName: string | undefined;
  withPlan: boolean;
  onPlan(event: FeedEvent): void;
}): HTMLTemplateResult | typeof nothing {
  if (!view.events.length) return nothing;
  const name = view.clinicName;
  const format = dateFormat({dateStyle: 'full', timeStyle: 'short'});
  return html`<section class="events" part="events" aria-labelledby="events-heading">
    <h3 id="events-heading">
      ${
        name
          ? msg(str`Alcohol-free events at ${isolate(name)}`, {id: 'tips.events.heading-named'})
          : msg('Our alcohol-free events', {id: 'tips.events.heading'})
      }
    </h3>
    <ul class="list">
      ${view.events.map(
        (event, index) =>
          html`<li class="item" part="event">
            <h4 id="event-${index}" dir="auto">
              ${event.url ? html`<a href=${event.url}>${event.title}</a>` : event.title}
            </h4>
            <p>
              <time datetime=${event.start.toISOString()}>
                ${event.end ? format.formatRange(event.start, event.end) : format.format(event.start)}
              </time>
            </p>
            ${event.location ? html`<p dir="auto">${event.location}</p>` : nothing}
            ${event.description ? html`<p class="muted" dir="auto">${event.description}</p>` : nothing}
            ${
              view.withPlan
                ? smallButton(
                    `plan-event-${index}`,
                    `event-${index}`,
                    msg('Plan for this event', {id: 'tips.events.plan'}),
                    () => view.onPlan(event),
                  )
                : nothing
            }
          </li>`,
      )}
    </ul>
  </section>`;
}
