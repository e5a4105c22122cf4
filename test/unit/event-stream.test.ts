// The desktop app's relay reads the server's event stream itself: events split across chunks, comment
// lines (the heartbeat), several data lines and CRLF endings come out as the browser's EventSource would.
import { expect, it } from 'vitest';
import { eventStreamParser } from '../../main/desk/change-relay';

it('dispatches each complete event once, whatever the chunking', () => {
  const stream =
    ': open\n\nid: 1\nevent: change\ndata: {"seq":1}\n\n: beat\n\nevent: change\r\ndata: a\r\ndata: b\r\n\r\nevent: end\ndata: {}\n\nevent: change\ndata: {"seq":';
  for (const size of [1, 3, 7, stream.length]) {
    const seen: [string, string][] = [];
    const feed = eventStreamParser((type, data) => seen.push([type, data]));
    for (let at = 0; at < stream.length; at += size) feed(stream.slice(at, at + size));
    expect(seen).toEqual([
      ['change', '{"seq":1}'],
      ['change', 'a\nb'],
      ['end', '{}'],
    ]);
  }
});

it('calls an event without a type a message, and skips one without data', () => {
  const seen: [string, string][] = [];
  const feed = eventStreamParser((type, data) => seen.push([type, data]));
  feed('data:x\n\nevent: change\n\n');
  expect(seen).toEqual([['message', 'x']]);
});
