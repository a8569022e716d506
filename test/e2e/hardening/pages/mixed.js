// Adds the npm build and the CDN file as two module scripts, in the order the page's address asks
// for (`?first=npm` or `?first=cdn`). Inserted with `async = false`, they run in that order and
// hold the page's load event, as two script tags written in the page would.
const files = {npm: '/dist/index.js', cdn: '/cdn/iop-widgets.js'};
const first = new URLSearchParams(location.search).get('first') === 'cdn' ? 'cdn' : 'npm';
for (const name of first === 'cdn' ? ['cdn', 'npm'] : ['npm', 'cdn']) {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = files[name];
  script.async = false;
  document.head.append(script);
}
