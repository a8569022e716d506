// Answers /test-endpoint/feed/ for the browser tests.
export async function feedRoute(context) {
  context.status = 404;
  context.body = 'not found';
}
