import { describe, expect, it } from 'vitest';
import { codeRowsHtml, escapeHtml } from './codeRowsHtml';

describe('codeRowsHtml', () => {
  it('writes one numbered row per line and marks the program\'s line as the current step', () => {
    const html = codeRowsHtml('int a;\nconnect(fd);', 2, true);
    expect(html).toBe(
      '<span class="row" data-line="1"><span class="no" aria-hidden="true">1</span>int a;\n</span>'
        + '<span class="row at current" aria-current="step" data-line="2"><span class="no" aria-hidden="true">2</span>connect(fd);\n</span>',
    );
  });

  it('marks an earlier call without "current", and no row when the program is at no line', () => {
    expect(codeRowsHtml('x', 1, false)).toContain('class="row at" aria-current="step"');
    expect(codeRowsHtml('x\ny', null, false)).not.toContain('aria-current');
  });

  it('escapes the code, so #include <stdio.h> stays text', () => {
    expect(codeRowsHtml('#include <stdio.h> && x', null, false)).toContain('#include &lt;stdio.h&gt; &amp;&amp; x');
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href="x"&gt;&amp;&lt;/a&gt;');
  });
});
