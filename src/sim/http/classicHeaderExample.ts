/**
 * The polling example from Lubbers & Greco, "HTML5 Web Sockets: A Quantum Leap in
 * Scalability for the Web" (websocket.org, 2010): one Firefox 3.5 poll and its answer,
 * captured with Live HTTP Headers, "871 bytes" of header overhead.
 */
import type { EncodedMessage, HttpRequest, HttpResponse } from './types';
import { serializeRequest } from './serializeRequest';
import { serializeResponseHead } from './serializeResponseHead';

/** The article's figure: it counted the characters of the header lines, without any line ends. */
export const CLASSIC_COUNTED_BYTES = 871;

/** The article's request and response heads, and what they really weigh on the wire. */
export interface ClassicHeaderExample {
  readonly request: HttpRequest;
  /** The head only: the article shows Content-Length: 21 but not the body. */
  readonly response: HttpResponse;
  readonly requestBytes: EncodedMessage;
  readonly responseHeadBytes: EncodedMessage;
  /** 871: the characters the article counted. */
  readonly countedBytes: number;
  /** 909: the same heads with their CRLFs and blank lines, as they travel. */
  readonly wireBytes: number;
}

const COOKIE = [
  'showInheritedConstant=false', 'showInheritedProtectedConstant=false',
  'showInheritedProperty=false', 'showInheritedProtectedProperty=false',
  'showInheritedMethod=false', 'showInheritedProtectedMethod=false',
  'showInheritedEvent=false', 'showInheritedStyle=false', 'showInheritedEffect=false',
].join('; ');

/** The article's example, exactly as printed (its "HTTP/1.x" is how the capture tool showed the version). */
export function classicHeaderExample(): ClassicHeaderExample {
  const request: HttpRequest = {
    method: 'GET',
    target: '/PollingStock//PollingStock',
    headers: [
      { name: 'Host', value: 'localhost:8080' },
      { name: 'User-Agent', value: 'Mozilla/5.0 (Windows; U; Windows NT 5.1; en-US; rv:1.9.1.5) Gecko/20091102 Firefox/3.5.5' },
      { name: 'Accept', value: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
      { name: 'Accept-Language', value: 'en-us' },
      { name: 'Accept-Encoding', value: 'gzip,deflate' },
      { name: 'Accept-Charset', value: 'ISO-8859-1,utf-8;q=0.7,*;q=0.7' },
      { name: 'Keep-Alive', value: '300' },
      { name: 'Connection', value: 'keep-alive' },
      { name: 'Referer', value: 'http://www.example.com/PollingStock/' },
      { name: 'Cookie', value: COOKIE },
    ],
  };
  const response: HttpResponse = {
    version: 'HTTP/1.x',
    status: 200,
    reason: 'OK',
    headers: [
      { name: 'X-Powered-By', value: 'Servlet/2.5' },
      { name: 'Server', value: 'Sun Java System Application Server 9.1_02' },
      { name: 'Content-Type', value: 'text/html;charset=UTF-8' },
      { name: 'Content-Length', value: '21' },
      { name: 'Date', value: 'Sat, 07 Nov 2009 00:32:46 GMT' },
    ],
  };
  const requestBytes = serializeRequest(request);
  const responseHeadBytes = serializeResponseHead(response);
  return {
    request,
    response,
    requestBytes,
    responseHeadBytes,
    countedBytes: CLASSIC_COUNTED_BYTES,
    wireBytes: requestBytes.bytes.length + responseHeadBytes.bytes.length,
  };
}
