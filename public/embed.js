// Scorecard, host side: sizes the iframe(s) showing the dashboard to their content.
// Include on the council's page after the iframe:
//   <script src="https://SCORECARD-SITE/embed.js"></script>
// It accepts height messages only from the site this script came from, and only for an
// iframe on this page that the message really came from.
(() => {
  const script = document.currentScript;
  const origin = new URL(script.src, location.href).origin;
  window.addEventListener('message', (event) => {
    if (event.origin !== origin) return;
    const data = event.data;
    if (!data || data.type !== 'scorecard:height' || !Number.isFinite(data.height)) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(data.height)}px`;
    }
  });
})();
