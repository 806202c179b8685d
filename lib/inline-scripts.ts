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
 * by event delegation; and remembers the language when the visitor follows a
 * link marked data-locale (the language switch), for the `/` page.
 */
export const headScript = `(function(){var d=document.documentElement,k='theme',m=window.matchMedia('(prefers-color-scheme: dark)');function s(){var t=null;try{t=localStorage.getItem(k)}catch(e){}var dark=t?t==='dark':m.matches;d.classList.toggle('dark',dark);var b=document.querySelector('[data-theme-toggle]');if(b)b.setAttribute('aria-pressed',String(dark))}s();d.setAttribute('data-js','');m.addEventListener('change',s);document.addEventListener('DOMContentLoaded',s);document.addEventListener('click',function(e){var l=e.target.closest&&e.target.closest('[data-locale]');if(l){try{localStorage.setItem('${LOCALE_KEY}',l.getAttribute('data-locale'))}catch(e){}return}var b=e.target.closest&&e.target.closest('[data-theme-toggle]');if(!b)return;var dark=!d.classList.contains('dark');try{localStorage.setItem(k,dark?'dark':'light')}catch(e){}s()})})();`;

/**
 * In the <head> of the language-choice page (`/`, on hosts that cannot
 * negotiate): sends the visitor on at once, to the saved language, else the
 * first of the browser's languages the site has, else the default (query and
 * fragment kept). Without JavaScript a
 * <noscript> refresh sends them to the default language.
 */
export const localeChoiceScript = `(function(){var l=${JSON.stringify(routing.locales)},p=null;try{p=localStorage.getItem('${LOCALE_KEY}')}catch(e){}if(l.indexOf(p)<0){p=null;var n=navigator.languages||[navigator.language];for(var i=0;i<n.length&&!p;i++){var t=String(n[i]).toLowerCase().split('-')[0];if(l.indexOf(t)>=0)p=t}}location.replace('/'+(p||'${routing.defaultLocale}')+location.search+location.hash)})();`;
