/** The page shell shared by every page of the report. */
import { esc } from './format.ts';

export type PageId = 'index' | 'dashboard' | 'doc' | 'queue';

/**
 * The review server's pages (pipeline/review/) are the report's with: a link to the queue instead
 * of the dashboard, the review script and stylesheet after the report's, requests to their own
 * server allowed (connect-src 'self', nothing else), and, when the server has a token, the token
 * for the script to send back.
 */
export interface ReviewLayout {
  token?: string;
}

export function layout(opts: { title: string; page: PageId; root: string; body: string; generated: string; review?: ReviewLayout }): string {
  const cur = (p: PageId): string => (p === opts.page ? ' aria-current="page"' : '');
  const review = opts.review;
  const connect = review ? "; connect-src 'self'" : '';
  const second = review
    ? `<a href="${opts.root}queue"${cur('queue')}>Hàng đợi duyệt <small>(review queue)</small></a>`
    : `<a href="${opts.root}dashboard.html"${cur('dashboard')}>Tổng hợp &amp; mức đạt <small>(dashboard)</small></a>`;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self' 'unsafe-inline'; script-src 'self'; img-src 'self' data:${connect}">
${review?.token ? `<meta name="chitieu-token" content="${esc(review.token)}">\n` : ''}<title>${esc(opts.title)} · Chỉ tiêu KTTT</title>
<link rel="stylesheet" href="${opts.root}assets/report.css">${review ? `\n<link rel="stylesheet" href="${opts.root}assets/review.css">` : ''}
</head>
<body>
<header class="top">
  <span class="brand">Chỉ tiêu kinh tế tập thể<small>HTX · THT — targets &amp; results</small></span>
  <nav>
    <a href="${opts.root}index.html"${cur('index')}>Tài liệu <small>(documents)</small></a>
    ${second}
  </nav>
</header>
<main>
${opts.body}
<footer>${review ? `Máy chủ duyệt chitieu (review server) · ${esc(opts.generated)}` : `Tạo lúc ${esc(opts.generated)} từ cơ sở dữ liệu chitieu · mở được ngoại tuyến (offline)`}</footer>
</main>
<script src="${opts.root}assets/report.js"></script>${review ? `\n<script src="${opts.root}assets/review.js"></script>` : ''}
</body>
</html>
`;
}

/** The T/A legend, told apart by colour, by line style (solid / dashed) and by the letter. */
export function statusLegend(): string {
  return `<div class="legend small" role="note">
  <span class="sw"><span class="hl-demo t" data-m="T">1.200 HTX</span> <b>T</b> = Chỉ tiêu, mục tiêu <span class="muted">(target — gạch liền)</span></span>
  <span class="sw"><span class="hl-demo a" data-m="A">1.015 HTX</span> <b>A</b> = Thực hiện, đã đạt <span class="muted">(actual — gạch đứt)</span></span>
</div>`;
}
