package org.vocbridge.ventures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/** The migration that writes stored name keys again: every row ends with the keys its name has now. */
class NameKeysRecomputedTests {

    @Test
    void writesTheKeysOfEveryStoredNameByTheCurrentRules() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:name-keys");
                Statement sql = connection.createStatement()) {
            sql.execute("create table ventures_venture_name (venture_id bigint, position integer,"
                    + " language varchar(35), name varchar(500), latin_key varchar(500),"
                    + " phonetic_key varchar(500), look_alike_key varchar(500), phonetic_block varchar(2),"
                    + " primary key (venture_id, position))");
            // keys as the rules before words were kept apart wrote them
            sql.execute("insert into ventures_venture_name values"
                    + " (1, 0, 'kk', 'Көк Жайлау Эко Кэмп', 'kokzhailauekokemp', 'kokjailauekokemp',"
                    + " 'kokzhailauekokemp', 'ko'),"
                    + " (1, 1, null, 'Kok Zhailau Eco Camp', 'kokzhailauecocamp', 'kokjailauecocamp',"
                    + " 'kokzhailauecocamp', 'ko')");
            for (int i = 0; i < 1200; i++) {
                sql.execute("insert into ventures_venture_name values (" + (i + 2) + ", 0, 'en', 'Charyn Canyon Tours "
                        + i + "', '', '', '', '')");
            }

            new NameKeysRecomputed().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });

            try (ResultSet rows = sql.executeQuery("select * from ventures_venture_name")) {
                int read = 0;
                while (rows.next()) {
                    NameKeys now = NameKeys.of(rows.getString("name"), rows.getString("language"));
                    assertThat(rows.getString("latin_key")).isEqualTo(now.latin());
                    assertThat(rows.getString("phonetic_key")).isEqualTo(now.phonetic());
                    assertThat(rows.getString("look_alike_key")).isEqualTo(now.lookAlike());
                    assertThat(rows.getString("phonetic_block")).isEqualTo(now.block());
                    read++;
                }
                assertThat(read).isEqualTo(1202);
            }
            try (ResultSet kok =
                    sql.executeQuery("select phonetic_key from ventures_venture_name where venture_id = 1")) {
                kok.next();
                assertThat(kok.getString(1)).isEqualTo("kok jailau eko kemp");
            }
        }
    }
}
