package org.vocbridge.shared.web;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The HTML another site pastes to show one of our charts: an iframe of the chart's own page at the public address. */
@Component
@RequiredArgsConstructor
public class EmbedCode {

    private final PublicAddress address;

    /** @param path the chart page's path and query, such as {@code /embed/alliances/3/numbers/byYear} */
    public String iframe(String path, String title) {
        return "<iframe src=\"" + HtmlUtils.htmlEscape(address.of(path), "UTF-8") + "\" title=\""
                + HtmlUtils.htmlEscape(title, "UTF-8")
                + "\" width=\"100%\" height=\"420\" loading=\"lazy\" style=\"border:0\"></iframe>";
    }
}
