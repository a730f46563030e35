// The screen of page POSTs (app/_lib/post-screen.ts), on requests as the proxy receives them: what
// Next.js cannot read is refused with the status that says why, and a well-formed form post, an action
// call and any other POST go on untouched.
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT_BYTES } from '@/app/_lib/action-limits.cjs';
import { screenPagePost } from '@/app/_lib/post-screen';

const ACTION = { 'next-action': '7fce0364865cb593fb137b8209e2dcba07920e3878' };

function post(headers: Record<string, string>, body?: BodyInit): NextRequest {
  return new NextRequest('http://laurels.test/login', {
    method: 'POST',
    headers: { host: 'laurels.test', ...headers },
    body,
  });
}

async function refusal(request: NextRequest) {
  const answer = await screenPagePost(request);
  return answer && { status: answer.status, text: await answer.text() };
}

function formBody(): { body: string; type: string } {
  const boundary = 'laurels-boundary';
  const body = [`--${boundary}`, 'Content-Disposition: form-data; name="email"', '', 'a@b.test', `--${boundary}--`, ''];
  return { body: body.join('\r\n'), type: `multipart/form-data; boundary=${boundary}` };
}

describe('screenPagePost', () => {
  it('lets a well-formed form, an action call and any other post go on', async () => {
    const form = formBody();
    expect(await refusal(post({ 'content-type': form.type, origin: 'http://laurels.test' }, form.body))).toBeNull();
    expect(await refusal(post({ ...ACTION, 'content-type': 'text/plain;charset=UTF-8' }, '["$K1",2]'))).toBeNull();
    expect(await refusal(post({ 'content-type': 'application/x-www-form-urlencoded' }, 'a=b'))).toBeNull();
    // Behind a reverse proxy the browser's host is the forwarded one.
    const forwarded = { ...ACTION, origin: 'https://laurels.example', 'x-forwarded-host': 'laurels.example' };
    expect(await refusal(post(forwarded, '[]'))).toBeNull();
  });

  it('refuses a body over the limit with a 413, whether or not it says its length', async () => {
    const said = await refusal(post({ ...ACTION, 'content-length': String(ACTION_BODY_LIMIT_BYTES + 1) }));
    expect(said).toEqual({ status: 413, text: expect.stringMatching(/more than 6 MB/) });
    const big = `"${'a'.repeat(ACTION_BODY_LIMIT_BYTES)}"`;
    expect((await refusal(post(ACTION, big)))?.status).toBe(413);
    // At the limit, it goes on.
    expect(await refusal(post(ACTION, `"${'a'.repeat(ACTION_BODY_LIMIT_BYTES - 2)}"`))).toBeNull();
  });

  it('answers a form posted without JavaScript with a page that leads back to the form, and a script with text', async () => {
    const noScript = new NextRequest('http://laurels.test/admin/import?tab=%22%3E%3Cb%3E', {
      method: 'POST',
      headers: { host: 'laurels.test', 'content-length': String(ACTION_BODY_LIMIT_BYTES + 1) },
    });
    const page = (await screenPagePost(noScript))!;
    expect(page.status).toBe(413);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('<p>This form sent more than 6 MB, more than any form here takes. Send less.</p>');
    // The way back is the form's own address, escaped as it goes into the page.
    expect(html).toContain('<a href="/admin/import?tab=%22%3E%3Cb%3E">Back to the form</a>');
    expect(html).not.toContain('<b>');
    const scripted = (await screenPagePost(
      post({ ...ACTION, 'content-length': String(ACTION_BODY_LIMIT_BYTES + 1) }),
    ))!;
    expect(scripted.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('refuses a post from another site, or from a sandboxed page, with a 403', async () => {
    for (const origin of ['http://evil.example', 'null', 'http://laurels.test.evil.example', 'not a url']) {
      const answer = await refusal(post({ ...ACTION, origin }, '[]'));
      expect(answer, origin).toEqual({ status: 403, text: expect.stringMatching(/from another site/) });
    }
  });

  it('refuses a multipart body that does not parse, and action arguments that are not JSON, with a 400', async () => {
    const broken = [
      post({ 'content-type': 'multipart/form-data' }, 'x'),
      post({ 'content-type': 'multipart/form-data; boundary=abc' }, 'garbage'),
      post({ ...ACTION, 'content-type': 'text/plain' }, '[garbage'),
      post({ ...ACTION, 'content-type': 'text/plain' }),
    ];
    for (const request of broken) {
      expect(await refusal(request)).toEqual({ status: 400, text: expect.stringMatching(/incomplete or malformed/) });
    }
  });
});
