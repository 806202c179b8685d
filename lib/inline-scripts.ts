// The site's inline JavaScript: two tiny scripts, no framework (the only
// other script is the search pages' module, lib/search/client.ts). Both are
// allowed by the CSP through their SHA-256 hashes, which lib/delivery.ts
// computes from these very strings at build; the export step checks that no
// other inline script is left in any page. Keep them dependency-free: they run
// before first paint and must never throw.
import { routing } from '@/i18n/routing';

/** localStorage key of the language a visitor chose with the language switch. */
const LOCALE_KEY = 'locale';

/**
 * In the <head> of every page: applies the saved theme (or the system setting)
 * before first paint, so the page never flashes the wrong theme; marks <html>
 * with data-js (CSS shows the theme button only then); wires the theme button
 * by event delegation; remembers the language when the visitor follows a
 * link marked data-locale (the language switch), for the `/` page; and loads
 * the module a form names in data-module (the search page's) when the
 * visitor turns to that form (focus) or the address has a query (?q=): fetched
 * with the page, it delayed the largest paint by 0.15–0.4 s on slow 4G (issue
 * 21), and the page is complete without it. The export step checks every
 * data-module against allowedPageScripts.
 */
export const headScript = `(function(){var D=document,d=D.documentElement,k='theme',m=matchMedia('(prefers-color-scheme:dark)');function s(){var t;try{t=localStorage.getItem(k)}catch(e){}var x=t?t==='dark':m.matches;d.classList.toggle('dark',x);var b=D.querySelector('[data-theme-toggle]');if(b)b.setAttribute('aria-pressed',''+x)}function M(e){if(!e||e.target.closest('[data-module]'))D.querySelectorAll('[data-module]').forEach(function(n){var e=D.createElement('script');e.type='module';e.src=n.dataset.module;delete n.dataset.module;D.head.append(e)})}s();d.dataset.js='';m.addEventListener('change',s);D.addEventListener('DOMContentLoaded',function(){s();location.search&&M()});D.addEventListener('focusin',M);D.addEventListener('click',function(e){var l=e.target.closest('[data-locale]');if(l){try{localStorage.setItem('${LOCALE_KEY}',l.dataset.locale)}catch(e){}return}var b=e.target.closest('[data-theme-toggle]');if(!b)return;var x=!d.classList.contains('dark');try{localStorage.setItem(k,x?'dark':'light')}catch(e){}s()})})();`;

/**
 * In the <head> of the language-choice page (`/`, on hosts that cannot
 * negotiate): sends the visitor on at once, to the saved language, else the
 * first of the browser's languages the site has, else the default (query and
 * fragment kept). Without JavaScript a
 * <noscript> refresh sends them to the default language.
 */
export const localeChoiceScript = `(function(){var l=${JSON.stringify(routing.locales)},p=null;try{p=localStorage.getItem('${LOCALE_KEY}')}catch(e){}if(l.indexOf(p)<0){p=null;var n=navigator.languages||[navigator.language];for(var i=0;i<n.length&&!p;i++){var t=String(n[i]).toLowerCase().split('-')[0];if(l.indexOf(t)>=0)p=t}}location.replace('/'+(p||'${routing.defaultLocale}')+location.search+location.hash)})();`;
