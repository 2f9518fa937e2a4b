// The demo of the page's holiday calendar (the <script type="application/json" id="cabildo-calendar"> block in
// index.html). Imported before the widgets, so that they render with it from the start:
// - `?ahora=2027-02-09T10:00` freezes the three status widgets at that office time (see a declared holiday);
// - `?calendario=roto` replaces the block with a mistaken one (an impossible date): the error case.
const params = new URLSearchParams(location.search);
const block = document.getElementById('cabildo-calendar');
if (block && params.get('calendario') === 'roto') {
  block.textContent = '{ "holidays": { "2027-02-30": "Martes de Carnaval" } }';
}
const now = params.get('ahora');
if (now) {
  for (const el of document.querySelectorAll('cabildo-opening-hours, cabildo-whatsapp-button, cabildo-contact-card')) {
    el.setAttribute('now', now);
  }
}
