package org.vocbridge.ventures.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * A migration that writes the keys of every venture name stored again by the rules of {@link
 * NameKeys} (words kept apart in the phonetic key, a hard c as k, ou as u), so that names stored
 * before compare with new ones by the same rules. Run once per database, like every migration;
 * a later change of the rules adds another version of it.
 */
@Component
class NameKeysRecomputed implements JavaMigration {

    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2026.12.09.10");
    }

    @Override
    public String getDescription() {
        return "ventures name keys word by word";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement names = connection.prepareStatement(
                        "select venture_id, position, language, name from ventures_venture_name");
                PreparedStatement update = connection.prepareStatement("update ventures_venture_name"
                        + " set latin_key = ?, phonetic_key = ?, look_alike_key = ?, phonetic_block = ?"
                        + " where venture_id = ? and position = ?");
                ResultSet rows = names.executeQuery()) {
            int pending = 0;
            while (rows.next()) {
                NameKeys keys = NameKeys.of(rows.getString("name"), rows.getString("language"));
                update.setString(1, keys.latin());
                update.setString(2, keys.phonetic());
                update.setString(3, keys.lookAlike());
                update.setString(4, keys.block());
                update.setLong(5, rows.getLong("venture_id"));
                update.setInt(6, rows.getInt("position"));
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
        }
    }
}
