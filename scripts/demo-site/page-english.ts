// The English edition of the Long An portal: same SharePoint layout, English text. GovMark reads
// Vietnamese; this page must not be treated as a Vietnamese article.
import type { ArticleContent } from './article-content';
import { sharePointArticle } from './layout-sharepoint';
import { LONGAN, type Site } from './sites';

export const ENGLISH_PATH = '/en/Pages/Long-An-sets-socio-economic-targets-for-2023.aspx';
export const ENGLISH_TITLE = 'Long An sets socio-economic targets for 2023';

const LONGAN_EN: Site = {
  ...LONGAN,
  name: 'LONG AN PROVINCE WEB PORTAL',
  owner: "People's Committee of Long An Province",
  menu: ['Home', 'About Long An', 'News', 'Investment', 'Tourism', 'Contact'],
  latest: [
    {
      title: 'Industrial production index up 9.3% in 2022',
      date: '01/05/2023',
      href: '/en/Pages/industrial-production-2022.aspx',
    },
    {
      title: 'Budget revenue reaches VND 20,512 billion, 11.4% above estimate',
      date: '01/04/2023',
      href: '/en/Pages/budget-revenue-2022.aspx',
    },
    { title: 'Province attracts 62 new FDI projects in 2022', date: '12/30/2022', href: '/en/Pages/fdi-2022.aspx' },
  ],
  other: [
    {
      title: 'Long An welcomes Japanese investors to Duc Hoa industrial zone',
      date: '12/20/2022',
      href: '/en/Pages/japanese-investors.aspx',
    },
    {
      title: 'Provincial People’s Council passes 25 resolutions at its 10th session',
      date: '12/09/2022',
      href: '/en/Pages/council-10th-session.aspx',
    },
  ],
  footer: [
    "Managed by: People's Committee of Long An Province",
    'Address: 61 Nguyen Hue Street, Ward 1, Tan An City, Long An Province',
    'Tel: (+84) 272 3826 111 – Email: vpubnd@longan.gov.vn',
    'Licence No. 127/GP-TTĐT dated 25/9/2017 by the Ministry of Information and Communications',
  ],
};

const CONTENT: ArticleContent = {
  headline: ENGLISH_TITLE,
  blocks: [
    {
      role: 'paragraph',
      text: 'On January 6, the Chairman of the Provincial People’s Committee, Nguyen Van Ut, chaired an online conference with departments and localities to launch the socio-economic development tasks for 2023.',
    },
    {
      role: 'paragraph',
      text: 'The province aims for GRDP growth of 8.5% to 9% this year, with per-capita income of about VND 95 million and budget revenue of VND 21,000 billion. Agriculture, the first economic sector, is expected to grow by 2.5% or more.',
    },
    { role: 'caption', text: 'Delegates at the online conference on January 6, 2023' },
    {
      role: 'paragraph',
      text: 'Departments and localities were asked to submit their action plans to the Provincial People’s Committee Office before January 15, 2023, and to speed up the disbursement of public investment capital from the first months of the year.',
    },
    {
      role: 'paragraph',
      text: 'Provincial Party Secretary Nguyen Van Duoc urged officials to follow the motto “today’s work must not be left for tomorrow” and to remove bottlenecks for people and businesses.',
    },
  ],
  furniture: {
    langSwitch: ['Tiếng Việt | English'],
    stamp: ['01/06/2023 - 16:30'],
    byline: ['Chau Son'],
    share: ['Share this article'],
  },
};

export function englishPage(): string {
  return sharePointArticle({
    site: LONGAN_EN,
    content: CONTENT,
    path: ENGLISH_PATH,
    lang: 'en',
    breadcrumb: ['Home', 'News', 'Socio-economic'],
    labels: {
      latest: 'Latest news',
      visits: 'Visits',
      online: 'Online',
      links: 'Web links',
      other: 'Other news',
      share: 'Share this article',
      views: 'Views',
    },
  });
}
