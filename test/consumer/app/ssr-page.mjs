// Prints a page with every widget server-rendered inside <iop-clinic> (none with clinic attributes
// of its own), as a Node server renders it with Lit's server renderer.
import process from 'node:process';
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import 'iop-widgets';

const widgets = await collectResult(
  render(
    html`<iop-clinic clinic-name=${'Harbor Recovery'} phone=${'(555) 010-4477'} region="US">
      <iop-program-explainer></iop-program-explainer>
      <iop-care-quiz></iop-care-quiz>
      <iop-sober-tips></iop-sober-tips>
      <iop-buddy-signup></iop-buddy-signup>
    </iop-clinic>`,
  ),
);
process.stdout.write(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbor Recovery</title>
<link rel="icon" href="data:,"></head>
<body><main>${widgets}</main></body></html>`);
