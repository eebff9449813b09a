import { describe, expect, it } from 'vitest';
import { portMyth } from './portMyth';

describe('portMyth', () => {
  const myth = portMyth();

  it('gives ws:// the HTTP port 80 and wss:// the HTTPS port 443 by default', () => {
    expect([myth.plain.port, myth.plain.defaultPort]).toEqual([80, true]);
    expect([myth.secure.port, myth.secure.defaultPort, myth.secure.secure]).toEqual([443, true, true]);
  });

  it('connects to any port a URI names', () => {
    expect([myth.explicit.port, myth.explicit.defaultPort, myth.explicit.resourceName]).toEqual([8080, false, '/chat']);
  });
});
