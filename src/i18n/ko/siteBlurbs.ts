/** 빌드할 때만 읽는 홈 페이지 소개 문구 (`i18n/site.ts`가 등록). */
export const siteBlurbs: Record<string, string> = {
  'ui.blurb.sockets': '모든 것의 바탕: 두 프로그램이 부르는 소켓 호출과, 호출마다 전선에 실리는 TCP 세그먼트.',
};
