/**
 * Baseline B for bench:api: a default NestJS app as its tutorials write it — the Express platform, TypeORM's
 * repository.save() and findOneBy(), class-validator DTOs behind a global ValidationPipe. PORT and DATABASE_URL
 * from the environment; prints "listening" when ready.
 */
import 'reflect-metadata';
import {
  Body,
  Controller,
  Get,
  Injectable,
  Module,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  ValidationPipe,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Repository,
  UpdateDateColumn,
} from 'typeorm';

@Entity('bench_baseline_leads')
class Lead {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'company_name' }) companyName!: string;
  @Column({ name: 'project_name' }) projectName!: string;
  @Column() track!: string;
  @Column({ type: 'text', nullable: true }) park!: string | null;
  @Column({ name: 'planned_investment_wan', type: 'numeric' }) plannedInvestmentWan!: string;
  @Column({ default: 'lead' }) stage!: string;
  @Column({ name: 'owner_id', type: 'uuid', nullable: true }) ownerId!: string | null;
  @Column({ default: 1 }) version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

class CreateLeadDto {
  @IsString() @IsNotEmpty() @MaxLength(200) companyName!: string;
  @IsString() @IsNotEmpty() @MaxLength(200) projectName!: string;
  @IsString() @IsNotEmpty() @MaxLength(40) track!: string;
  @IsOptional() @IsString() @MaxLength(40) park?: string;
  @Matches(/^\d{1,12}(\.\d{1,4})?$/) plannedInvestmentWan!: string;
}

@Injectable()
class LeadsService {
  constructor(@InjectRepository(Lead) private readonly leads: Repository<Lead>) {}
  create(dto: CreateLeadDto): Promise<Lead> {
    return this.leads.save(this.leads.create({ ...dto, park: dto.park ?? null }));
  }
  async get(id: string): Promise<Lead> {
    const lead = await this.leads.findOneBy({ id });
    if (!lead) throw new NotFoundException();
    return lead;
  }
}

@Controller('leads')
class LeadsController {
  constructor(private readonly service: LeadsService) {}
  @Post() create(@Body() dto: CreateLeadDto): Promise<Lead> {
    return this.service.create(dto);
  }
  @Get(':id') get(@Param('id', ParseUUIDPipe) id: string): Promise<Lead> {
    return this.service.get(id);
  }
}

@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'postgres',
      url: process.env.DATABASE_URL,
      entities: [Lead],
      synchronize: false,
      extra: { max: 20 },
    }),
    TypeOrmModule.forFeature([Lead]),
  ],
  controllers: [LeadsController],
  providers: [LeadsService],
})
class AppModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create(AppModule, { logger: ['error'] });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.enableShutdownHooks();
  await app.listen(Number(process.env.PORT), '127.0.0.1');
  process.stdout.write('listening\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`nest-express-typeorm failed: ${String(err)}\n`);
  process.exit(1);
});
