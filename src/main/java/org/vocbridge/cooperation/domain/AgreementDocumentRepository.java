package org.vocbridge.cooperation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementDocumentRepository extends JpaRepository<AgreementDocument, Long> {

    List<AgreementDocument> findByAgreementIdOrderById(long agreementId);
}
