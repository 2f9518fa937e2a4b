import { html, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { CabildoElement } from '../../internal/cabildo-element.js';
import { heading } from '../../internal/heading.js';
import { OfficeClock } from '../../internal/office-clock.js';
import { canaryTimeLabel, invalidAttributeMessage } from '../../internal/messages.js';
import { hoursErrorText, visitorTimeText } from '../../internal/hours-text.js';
import { dateText, statusState, statusText } from '../../internal/status-text.js';
import { clockText, rangeText } from '../../core/format.js';
import { getLocale } from '../../internal/localization.js';
import {
  officeInstant,
  officeStatus,
  parseHours,
  type DayHours,
  type Hours,
  type HoursSyntaxError,
  type OfficeStatus,
  type ScheduleOptions,
} from '../../core/schedule.js';
import type { CalendarError, CalendarParseResult } from '../../core/calendar.js';
import { parseClosures } from '../../core/closures.js';
import { upcomingClosures, weekHours } from '../../core/week.js';
import { calendarProblems, calendarReady, pageCalendar } from '../../internal/page-calendar.js';
import { formatPhone, telHref } from '../../core/phone.js';
import { ARRECIFE } from '../../data/arrecife.js';
import { styles } from './opening-hours.styles.js';


type Problem =
  | { attribute: 'hours' | 'closures'; value: string; error: HoursSyntaxError }
  | { attribute: 'calendar'; error: CalendarError };
type Parsed = { hours: Hours; options: ScheduleOptions };

/**
 * Tells citizens whether the office is open now and, if not, when it opens, always in Canary time: a one-line badge
 * or the week's hours with the closures of the next 30 days. Re-renders by itself at the next change of state.
 * Uses the page's holiday calendar (`<script type="application/json" id="cabildo-calendar">`) when there is one.
 *
 * @tagname cabildo-opening-hours
 * @summary Open/closed badge and weekly hours of the office, in Canary time, with holidays and closures.
 *
 * @csspart badge - The status line.
 * @csspart table - The weekly table (variant `week`).
 * @csspart fallback - The message shown when `hours` or `closures` cannot be read.
 *
 * @cssprop --cabildo-brand - Brand colour (links).
 * @cssprop --cabildo-font - Font family.
 * @cssprop --cabildo-radius - Corner radius of the badge.
 *
 * @event cabildo-error - Bad `hours`, `closures`, `now` or page calendar (`invalid-calendar`) (`detail: { code, message }`); the element shows a fallback.
 */
export class OpeningHours extends CabildoElement {
  // This widget's English, registered on define or connect and loaded only on an English page (see registerEnglish).
  protected static override english = ['opening-hours', () => import('../../generated/locales/en/opening-hours.js')] as const;

  static override styles = styles;

  // Declared without decorators, as in every element: the build then needs no helper library.
  static override properties = {
    hours: {},
    closures: {},
    now: {},
    variant: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Opening hours in the documented `opening_hours` subset (Canary time); default the Arrecife office's. */
  hours: string = ARRECIFE.hours;
  /** Extra closed days: ISO dates and ranges, comma-separated (`2026-12-24,2026-08-01..2026-08-15`). */
  closures = '';
  /** Freezes the clock at this ISO 8601 instant; without it the element follows the real time. */
  now?: string;
  /** `badge` (one line, default) or `week` (the weekly table and upcoming closures). */
  variant: 'badge' | 'week' = 'badge';
  /** The level of the week's subheading ("Cierres en los próximos 30 días") in the page's outline, 2–6; default 2. */
  headingLevel = 2;

  private readonly clock = new OfficeClock(this, () => this._status?.nextChange ?? null);
  private parsed: Parsed | null = null;
  private problem: Problem | null = null;
  private calendar?: CalendarParseResult | null;
  private _status: OfficeStatus | null = null;
  private at = new Date(0);

  /** The office's state at the rendered instant, or null when `hours` or `closures` cannot be read. */
  get status(): OfficeStatus | null {
    return this._status;
  }

  /** On a page with a calendar block, a render waits for the block's parser (internal/page-calendar.ts). */
  protected override renderWaits(): Array<Promise<unknown> | undefined> {
    return [calendarReady()];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const calendar = pageCalendar();
    if (changed.has('hours') || changed.has('closures') || calendar !== this.calendar || (!this.parsed && !this.problem)) {
      this.calendar = calendar;
      // No attribute (removed, or set to null/undefined by a framework): the office's hours, as with none at all.
      const hours = parseHours(this.hours ?? ARRECIFE.hours);
      const closures = parseClosures(this.closures ?? '');
      this.problem = !hours.ok
        ? { attribute: 'hours', value: this.hours ?? '', error: hours.error }
        : !closures.ok
          ? { attribute: 'closures', value: this.closures, error: closures.error }
          : calendar && !calendar.ok
            ? { attribute: 'calendar', error: calendar.error }
            : null;
      this.parsed =
        hours.ok && closures.ok && calendar?.ok !== false
          ? {
              hours: hours.hours,
              options: { closures: [...closures.closures, ...(calendar?.calendar.closures ?? [])], holidays: calendar?.calendar.holidays },
            }
          : null;
    }
    this.at = this.clock.now();
    this._status = this.parsed ? officeStatus(this.parsed.hours, this.at, this.parsed.options) : null;
    const problem = this.problem;
    this.reportProblems(
      !problem
        ? []
        : problem.attribute === 'calendar'
          ? calendarProblems(this.calendar ?? null)
          : [[`invalid-${problem.attribute}`, `${invalidAttributeMessage(problem.attribute, problem.value)} ${hoursErrorText(problem.error)}`]],
    );
  }

  override render() {
    if (!this.parsed || !this._status) return this.renderFallback();
    const status = this._status;
    return this.variant === 'week'
      ? html`${this.renderBadge(status)}${this.renderWeek(this.parsed)}`
      : this.renderBadge(status);
  }

  private renderBadge(status: OfficeStatus) {
    const state = statusState(status);
    const when = status.closesAt ?? status.nextOpening;
    const theirs = when && visitorTimeText(when);
    const zone = theirs ? `${canaryTimeLabel()} · ${theirs}` : canaryTimeLabel();
    return html`<p class="badge ${state}" part="badge">
      <span class="status-icon" aria-hidden="true"></span>
      <span role="status"
        ><span class="text">${statusText(status, this.at)}</span>
        <span class="zone">(${zone})</span>${status.holidaysUnknown
          ? html` <span class="note">${msg('Festivos de este año sin confirmar.', {
              desc: 'The holidays of the year are not confirmed: the badge may miss one',
            })}</span>`
          : nothing}</span
      >
    </p>`;
  }

  private renderWeek(parsed: Parsed) {
    const options = parsed.options;
    const week = weekHours(parsed.hours, this.at, options);
    const upcoming = upcomingClosures(parsed.hours, this.at, options);
    return html`<table part="table">
        <caption>
          ${msg('Horario de esta semana', { desc: 'Caption of the weekly hours table' })} (${canaryTimeLabel()})
        </caption>
        <thead class="visually-hidden">
          <tr>
            <th scope="col">${msg('Día', { desc: 'Weekly table column: day' })}</th>
            <th scope="col">${msg('Horario', { desc: 'Weekly table column: hours' })}</th>
          </tr>
        </thead>
        <tbody>
          ${week.map(
            (day) => html`<tr class=${day.today ? 'today' : ''} aria-current=${day.today ? 'date' : nothing}>
              <th scope="row">
                ${this.dayLabel(day)}${day.today
                  ? html` <strong class="today-mark">${msg('(hoy)', { desc: 'Marks today in the weekly table' })}</strong>`
                  : nothing}
              </th>
              <td>${this.dayHoursText(day)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <div class="upcoming">
        ${heading(this.headingLevel, 'subhead', msg('Cierres en los próximos 30 días', { desc: 'Heading of the list of upcoming closed days' }))}
        ${upcoming.length
          ? html`<ul>
              ${upcoming.map((day) => html`<li>${this.dayLabel(day)} (${this.closedReason(day)})</li>`)}
            </ul>`
          : html`<p>${msg('Ninguno.', { desc: 'No closed days in the next 30 days' })}</p>`}
      </div>`;
  }

  private dayLabel(day: DayHours): string {
    return dateText(officeInstant(day, 720));
  }

  private closedReason(day: DayHours): string {
    if (day.holiday) return getLocale() === 'en' ? day.holiday.en : day.holiday.es;
    return day.closure
      ? msg('cierre de la oficina', { desc: 'Why a day is closed: listed in closures' })
      : msg('cerrado', { desc: 'Why a day is closed: a closed date rule in the hours' });
  }

  private dayHoursText(day: DayHours): string {
    // Each range stays on one line; the cell itself may wrap (320 px screens).
    if (day.ranges.length) return day.ranges.map((r) => rangeText(clockText(r.from), clockText(r.to))).join(', ');
    const closed = msg('Cerrado', { desc: 'Office status: closed' });
    return day.holiday || day.closure ? `${closed} (${this.closedReason(day)})` : closed;
  }

  private renderFallback() {
    const phone = ARRECIFE.phone;
    return html`<div class="fallback" part="fallback" role="status">
      <p><strong>${msg('Horario no disponible', { desc: 'Fallback when the hours cannot be read' })}</strong></p>
      <p>
        ${msg('Consulta el horario llamando al', { desc: 'Before the office phone link in the fallback' })}
        <a href=${telHref(phone)}>${formatPhone(phone)}</a>.
      </p>
    </div>`;
  }
}
