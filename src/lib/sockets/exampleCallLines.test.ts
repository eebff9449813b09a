import { describe, expect, it } from 'vitest';
import { exampleCallLines } from './exampleCallLines';

const C_SNIPPET = [
  'int fd = socket(AF_INET, SOCK_STREAM, 0); /* @call socket */',
  'if (fd == -1) {',
  '    perror("socket");',
  '}',
  'if (connect(fd, sa, len) == -1) { /* @call connect */',
].join('\n');

describe('exampleCallLines', () => {
  it('gives the 1-based line of each marked call', () => {
    const result = exampleCallLines(C_SNIPPET);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.lines.socket).toEqual([1]);
    expect(result.lines.connect).toEqual([5]);
    expect(result.lines.accept).toEqual([]);
  });

  it('strips the markers and the spaces before them, leaving every other line as it was', () => {
    const result = exampleCallLines(C_SNIPPET);
    expect(result.ok && result.code).toBe(
      [
        'int fd = socket(AF_INET, SOCK_STREAM, 0);',
        'if (fd == -1) {',
        '    perror("socket");',
        '}',
        'if (connect(fd, sa, len) == -1) {',
      ].join('\n'),
    );
  });

  it('keeps the line count, so line numbers match the shown code', () => {
    const result = exampleCallLines(C_SNIPPET);
    expect(result.ok && result.code.split('\n').length).toBe(C_SNIPPET.split('\n').length);
  });

  it('reads Python markers, which end the line', () => {
    const result = exampleCallLines('sock = socket.socket()  # @call socket\nsock.connect((host, port))  # @call connect\n');
    expect(result.ok && result.lines.connect).toEqual([2]);
    expect(result.ok && result.code).toBe('sock = socket.socket()\nsock.connect((host, port))\n');
  });

  it('gives one line to every call of a marker that names several (one library call, several system calls)', () => {
    const result = exampleCallLines("server.listen(port, '127.0.0.1', () => { /* @call socket bind listen */");
    expect(result.ok && [result.lines.socket, result.lines.bind, result.lines.listen]).toEqual([[1], [1], [1]]);
    expect(result.ok && result.code).toBe("server.listen(port, '127.0.0.1', () => {");
  });

  it('keeps a comment that follows the marker', () => {
    const result = exampleCallLines('conn.end(); /* @call close */ // then our FIN');
    expect(result.ok && result.code).toBe('conn.end(); // then our FIN');
  });

  it('lists every line of a call that is made in several places, in source order', () => {
    const result = exampleCallLines('close(conn); /* @call close */\n}\nclose(listener); /* @call close */');
    expect(result.ok && result.lines.close).toEqual([1, 3]);
  });

  it('rejects a name that is not a socket call with UNKNOWN_CALL and its line', () => {
    expect(exampleCallLines('x\nwrite(fd, b, n); /* @call write */')).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CALL', line: 2, name: 'write' },
    });
  });

  it('rejects a marker that names nothing with EMPTY_MARKER', () => {
    expect(exampleCallLines('recv(fd, b, n, 0) # @call')).toEqual({
      ok: false,
      error: { code: 'EMPTY_MARKER', line: 1, name: '' },
    });
  });

  it('leaves text without markers unchanged', () => {
    const text = '#include <stdio.h>\n/* a comment */\nint main(void) { return 0; }\n';
    expect(exampleCallLines(text)).toMatchObject({ ok: true, code: text });
  });
});
