// Clutter lines of Chinese, Japanese, Korean, Thai and Indonesian pages (probe ring asia), each removed
// by its rule as a whole block, and story sentences that hold the same words kept.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { postClean } from '../../src/core/clean/residue';
import { generalRules } from '../../src/core/rules/all-rules';
import { NOTHING_DISABLED } from '../../src/core/disable';

const STORY = '<p>3月13日深夜十一点半，江城地铁2号线汉阳站的站台上仍有不少乘客。这是该市首条“夜班专线”试运行的第七天，列车以每二十分钟一班的间隔，一直运行到次日凌晨两点。</p>';

/** Cleans an article the way the post-Readability pass does; gives the rules that removed something. */
function rulesFor(line: string): string[] {
  const url = 'https://news.example/2026/03/14/story.html';
  const doc = new JSDOM(`<body><div id="a">${STORY}<p>${line}</p></div></body>`, { url }).window.document;
  const article = doc.getElementById('a');
  if (!article) throw new Error('no article');
  return postClean(article, generalRules, 'A title', NOTHING_DISABLED, true, { url, site: 'https://news.example/' }).map((r) => r.ruleId);
}

function expectRule(rule: string, lines: readonly string[]): void {
  for (const line of lines) expect(rulesFor(line), line).toEqual([rule]);
}

function expectKept(lines: readonly string[]): void {
  for (const line of lines) expect(rulesFor(line), line).toEqual([]);
}

describe('lines of Asian pages', () => {
  it('removes messenger-channel boxes and LINE accounts', () => {
    expectRule('messenger-channel', [
      'Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram "Kompas.com News Update", caranya klik link https://t.me/kompascomupdate, kemudian join. Anda harus install aplikasi Telegram terlebih dulu di ponsel.',
      'Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel : https://whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D. Pastikan kamu sudah install aplikasi WhatsApp ya.',
      'ติดตามข่าวสารจากไทยรัฐได้ที่ LINE @thairath <a href="https://lin.ee/x">คลิกเพิ่มเพื่อน</a>',
    ]);
    expectKept([
      'Untuk mengatur jadwal, para keluarga bergabung di grup WhatsApp dusun yang dibuat kepala dusun sejak tahun lalu.',
      'Korban diajak bergabung di grup Telegram investasi, lalu diminta mentransfer uang hingga Rp 50 juta, kata polisi.',
    ]);
  });

  it('removes the self-media platform notice, not a sentence that quotes it', () => {
    expectRule('platform-disclaimer', [
      '<b>特别声明：</b>以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。',
      '声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。',
      '<b>Notice:</b> The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.',
    ]);
    expectKept(['法院审理认为，被告平台仅提供信息存储空间服务，对用户上传的内容不负有事先审查义务。']);
  });

  it('removes Chinese app and topic promo lines, not a sentence about an app', () => {
    expectRule('zh-promo-line', [
      '<strong>新浪新闻客户端</strong>，<a href="https://so.example/app/">点击下载</a>，第一时间获取热点资讯。',
      '<strong>点击进入专题：</strong><a href="https://news.example/zt/metro/">聚焦城市夜经济</a>',
    ]);
    expectKept(['集团的“江城地铁”客户端同步上线了夜班时刻表，一周下载超过二十万次。']);
  });

  it('removes staff sign-off lines', () => {
    expectRule('staff-signoff', ['<a href="javascript:void(0);">【纠错】</a>【责任编辑:王琦 】', '김서연 기자 seoyeon@hanbit.example']);
    expectKept(['김서연 기자는 이메일(seoyeon@hanbit.example)로 제보를 받는다고 밝혔다.']);
  });

  it('removes paywall pitches in Chinese, Japanese and Korean, not a story sentence about members', () => {
    expectRule('paywall-pitch', [
      'この記事は会員限定です。登録すると続きをお読みいただけます。',
      '残り1043文字',
      '日経電子版が2カ月無料！今すぐお試し',
      '本文为付费内容，订阅后可阅读全文。',
      '이 기사는 유료 회원 전용입니다.',
    ]);
    expectKept(['局長は会見で「会員登録をしなくても使える一日乗車券の電子化も進める」と話した。']);
  });
});
