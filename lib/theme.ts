/**
 * Runs in <head> before first paint: applies the saved theme, or the system
 * setting, so the page never flashes the wrong theme. It also marks <html>
 * with data-js (CSS shows the theme button only then) and wires the button by
 * event delegation, so no React code is hydrated for it.
 * Kept tiny and dependency-free; the CSP allows it as an inline script.
 */
export const themeScript = `(function(){var d=document.documentElement,k='theme',m=window.matchMedia('(prefers-color-scheme: dark)');function s(){var t=null;try{t=localStorage.getItem(k)}catch(e){}var dark=t?t==='dark':m.matches;d.classList.toggle('dark',dark);var b=document.querySelector('[data-theme-toggle]');if(b)b.setAttribute('aria-pressed',String(dark))}s();d.setAttribute('data-js','');m.addEventListener('change',s);document.addEventListener('DOMContentLoaded',s);document.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('[data-theme-toggle]');if(!b)return;var dark=!d.classList.contains('dark');try{localStorage.setItem(k,dark?'dark':'light')}catch(e){}s()})})();`;
