// Answers /test-endpoint/signup/ for the browser tests.
export async function signupRoute(context) {
  context.status = 404;
  context.body = 'not found';
}
