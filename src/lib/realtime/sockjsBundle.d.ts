/** sockjs-client's prebuilt browser bundle (a UMD file; the package's own types describe its entry, not this path). */
declare module 'sockjs-client/dist/sockjs.min.js' {
  import SockJS from 'sockjs-client';
  export default SockJS;
}
