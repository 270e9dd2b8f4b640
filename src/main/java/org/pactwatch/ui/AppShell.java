package org.pactwatch.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Application shell: Lumo theme, server push for live job progress, the page title and the stored theme. */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class AppShell implements AppShellConfigurator {

    /** The browser's key for the user's theme choice ({@code "dark"} or empty), written by the theme switch. */
    public static final String THEME_KEY = "pactwatch-theme";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Pactwatch");
        // every page, the sign-in page too, opens in the theme the user chose, before the first paint
        settings.addInlineWithContents(
                Inline.Position.PREPEND,
                "try { if (localStorage.getItem('" + THEME_KEY + "') === '" + Lumo.DARK + "') "
                        + "document.documentElement.setAttribute('theme', '" + Lumo.DARK + "'); } catch (e) {}",
                Inline.Wrapping.JAVASCRIPT);
        // Vaadin's connection indicator sits outside the landmarks; it is a live status message
        settings.addInlineWithContents(Inline.Position.APPEND, """
                (() => {
                  const mark = () => {
                    const c = document.querySelector('body > vaadin-connection-indicator');
                    if (c && !c.hasAttribute('role')) c.setAttribute('role', 'status');
                    return c;
                  };
                  const watch = () => {
                    if (mark()) return;
                    const o = new MutationObserver(() => { if (mark()) o.disconnect(); });
                    o.observe(document.body, { childList: true });
                  };
                  if (document.body) watch(); else document.addEventListener('DOMContentLoaded', watch);
                })();
                """, Inline.Wrapping.JAVASCRIPT);
    }
}
