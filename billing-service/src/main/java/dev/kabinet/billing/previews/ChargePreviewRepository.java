package dev.kabinet.billing.previews;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface ChargePreviewRepository extends ListCrudRepository<ChargePreview, UUID> {}
