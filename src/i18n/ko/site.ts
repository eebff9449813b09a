/** Korean for `i18n/site.ts` (`en/site.ts`). */
export const site: Readonly<Record<string, string>> = {
  'ui.nav.glossary': '용어집',
  'ui.lang.koreanEdition': '이 사이트는 한국어로도 읽을 수 있습니다.',
  'ui.lang.readInKorean': '한국어판으로 읽기',
  'ui.notFound.home': '처음으로',
  'ui.glance.technique': '기법',
  'ui.glance.meanDelay': '평균 지연',
  'ui.glance.worstDelay': '최악 지연',
  'ui.glance.requests': '요청 수',
  'ui.glance.bytesPerEvent': '이벤트당 바이트',
  'ui.glossary.where': '나오는 곳',
  'ui.glossary.step': '위젯의 {step}단계',
  'ui.glossary.also': '다른 이름: {also}',
  // Home-page blurbs read only at build time: kept out of the islands' dictionary (the other blurbs could move here too).
  'ui.blurb.sockets': '모든 것의 바탕: 두 프로그램이 부르는 소켓 호출과, 호출마다 전선에 실리는 TCP 세그먼트.',
  // The header's menu on phones, the lessons' previous/next links and on-page table of contents.
  'ui.nav.menu': '메뉴',
  'ui.pager.label': '이전 레슨과 다음 레슨',
  'ui.pager.previous': '이전',
  'ui.pager.next': '다음',
  'ui.toc.label': '이 페이지의 내용',
};
